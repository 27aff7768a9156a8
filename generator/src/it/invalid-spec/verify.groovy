def log = new File(basedir, 'build.log').text
assert log.contains('Invalid spec ') && log.contains('broken.yaml: 2 problems')
// Every problem on an [ERROR] line with file and JSON pointer (the wording is the generator's).
def errors = log.readLines().findAll { it.startsWith('[ERROR] ') && it.contains('broken.yaml #/') }
assert errors.any { it.contains('broken.yaml #/components/schemas/Thing/properties/name/pattern: ') && it.contains('regular expression') } : errors.join('\n')
assert errors.any { it.contains("broken.yaml #/components/schemas/Thing/properties/other/\$ref: Unresolvable \$ref '#/components/schemas/Missing'") } : errors.join('\n')
assert !log.contains('NullPointerException')
assert !new File(basedir, 'target/generated-sources/poolspec/com/example/broken').exists()
return true
