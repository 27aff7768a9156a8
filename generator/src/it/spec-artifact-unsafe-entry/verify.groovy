def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains("entry '../../../escaped.txt' would be written outside")
assert !new File(basedir, 'target/escaped.txt').exists()
assert !new File(basedir, 'escaped.txt').exists()
assert !new File(basedir, 'target/generated-sources/poolspec/com/example/unsafe').exists()
return true
