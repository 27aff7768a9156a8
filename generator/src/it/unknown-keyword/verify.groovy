def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// An [ERROR] line names the file and the JSON pointer of the keyword (which ends with the keyword).
def lines = log.readLines().findAll {
    it.startsWith('[ERROR]') && it.contains('users.yaml') && it.contains('#/components/schemas/User/properties/name/minLenght')
}
assert !lines.isEmpty() : log
// x- extensions are not unknown keywords.
assert !log.contains('x-display-name')
assert !log.contains('NullPointerException')
assert !new File(basedir, 'target/generated-sources/poolspec/com/example/users').exists()
return true
