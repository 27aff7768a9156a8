def log = new File(basedir, 'build.log').text
def outcomes = log.readLines().collect {
    it =~ /Generated \d+ validator sources from / ? 'generated' : it.contains('Validators are up to date with') ? 'up to date' : null
}.findAll { it != null }
assert outcomes == ['generated', 'up to date', 'generated', 'generated', 'up to date'] : outcomes

def source = new File(basedir, 'target/generated-sources/poolspec/com/example/person/PersonValidator.java')
assert source.isFile()
def record = new File(basedir, 'target/generated-sources/poolspec/.poolspec/com.example.person.sha256').readLines()
assert record.any { it.startsWith('input ') && it.replace('\\', '/').endsWith('/src/main/openapi/api.yaml') }
assert record.any { it.startsWith('input ') && it.replace('\\', '/').endsWith('/src/main/openapi/schemas/Name.yaml') }
assert record.any { it.startsWith('output ') && it.endsWith('com/example/person/PersonValidator.java') }
assert new File(basedir, 'target/classes/com/example/person/PersonValidator.class').isFile()
return true
