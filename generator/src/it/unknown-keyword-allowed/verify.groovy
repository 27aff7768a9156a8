assert new File(basedir, 'target/generated-sources/poolspec/com/example/users/UserValidator.java').isFile()
def log = new File(basedir, 'build.log').text
assert !log.contains('BUILD FAILURE')
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
def warnings = log.readLines().findAll {
    it.startsWith('[WARNING] ') && it.contains('users.yaml #/components/schemas/User/properties/name/minLenght')
}
// Once when generated, once more when the second run finds the validators up to date.
assert warnings.size() == 2 : log
assert log.count('Validators are up to date with') == 1
assert !log.readLines().any { it.startsWith('[ERROR]') }
assert !log.contains('x-display-name')
return true
