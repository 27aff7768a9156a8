def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert log.contains("[WARNING] Stale ignore entry 1 (operation-removed at #/paths/~1pets/post) in ")
assert log.contains('Compatibility: 0 breaking (ERR), 0 warnings (WARN), 1 compatible (INFO), 0 ignored.')

def reports = new File(basedir, 'target/poolspec')
def json = new groovy.json.JsonSlurper().parse(new File(reports, 'compat.json'))
assert json.staleIgnores*.id == ['operation-removed']
assert json.changes*.ruleId == ['path-added']
def junit = new groovy.xml.XmlSlurper().parse(new File(reports, 'compat-junit.xml'))
assert junit.testcase.size() == 1 && junit.testcase[0].@name == 'no breaking changes'

// The changelog goal, into its own folder: only the changelog.
def notes = new File(basedir, 'target/notes')
assert notes.list() as List == ['changelog.md']
def changelog = new File(notes, 'changelog.md').text
assert changelog.contains('## `/pets/{petId}`') && changelog.contains('The path /pets/{petId} was added.')
return true
