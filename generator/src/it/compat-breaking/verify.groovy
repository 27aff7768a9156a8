def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('1 change breaks compatibility (failOn ERR')
assert log.contains('[ERROR] ERR operation-removed POST /pets #/paths/~1pets/post: The operation POST /pets was removed')
assert log.contains('Compatibility: 1 breaking (ERR), 0 warnings (WARN), 0 compatible (INFO), 0 ignored.')

def reports = new File(basedir, 'target/poolspec')
def md = new File(reports, 'compat.md').text
assert md.contains('`operation-removed`') && md.contains('POST /pets')
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'compat-junit.xml'))
assert junit.@failures == '1'
assert junit.testcase.size() == 1
assert junit.testcase[0].@classname == 'poolspec.compat.operation-removed'
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'compat.json'))
assert json.version == 1
assert json.changes*.ruleId == ['operation-removed']
assert new File(reports, 'changelog.md').text.contains('### Breaking changes')
return true
