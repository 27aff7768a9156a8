def log = new File(basedir, 'build.log').text
assert (log =~ /Generated \d+ validator sources from /).size() == 1
assert log.count('Validators are up to date with') == 1
assert log.contains('Skipping validator generation (poolspec.skip).')
assert new File(basedir, 'target/generated-sources/poolspec/.poolspec/com.example.small.sha256').isFile()
assert new File(basedir, 'target/classes/com/example/small/NameValidator.class').isFile()
return true
