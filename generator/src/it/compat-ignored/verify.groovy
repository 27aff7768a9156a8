def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains('Compatibility: 0 breaking (ERR), 0 warnings (WARN), 0 compatible (INFO), 1 ignored.')
assert !log.contains('Stale ignore') && !log.contains('Expired ignore')

def reports = new File(basedir, 'target/poolspec')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'compat.json'))
assert json.changes.size() == 1
assert json.changes[0].ruleId == 'operation-removed' && json.changes[0].ignored == true
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'compat-junit.xml'))
assert junit.@failures == '0' && junit.@skipped == '1'
assert new File(reports, 'compat.md').text.contains('(ignored) The operation POST /pets was removed')
return true
