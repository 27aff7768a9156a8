def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('with the baseline com.example.it:compat-baseline:1.0!/openapi/pets.yaml')
assert new File(basedir, 'target/poolspec/baseline-artifact/compat-baseline/openapi/pets.yaml').isFile()
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/poolspec/compat.json'))
assert json.changes*.ruleId == ['optional-parameter-added']
assert json.changes[0].revisionPointer == '#/paths/~1pets/get/parameters/0'
return true
