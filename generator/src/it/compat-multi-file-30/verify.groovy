def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('2 changes break compatibility (failOn WARN')
assert log.contains('ERR parameter-became-required GET /pets components/parameters.yaml#/Limit/required: ')
assert log.contains('ERR required-response-header-removed GET /pets components/responses.yaml#/PetList/headers/X-Total: ')
def md = new File(basedir, 'target/poolspec/compat.md').text
assert md.contains('`parameter-became-required`') && md.contains('`required-response-header-removed`')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/poolspec/compat.json'))
// /pets/{id} and /pets/{petId} are the same path: nothing about them.
assert !json.changes.any { it.operation.contains('{') }
return true
