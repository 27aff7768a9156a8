def generated = new File(basedir, 'target/generated-sources/poolspec/com/example/pets')
['Finding', 'ValidationResult', 'PetValidator', 'GetPetOperationValidator', 'ApiOperations'].each {
    assert new File(generated, it + '.java').isFile() : it
}
def source = new File(generated, 'PetValidator.java').text
assert source.contains('@Generated(')
assert source.contains('comments = "pets.yaml 3.2.1"')
assert source.contains('public final class PetValidator')
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert log.contains('poolspec:generate')
assert log.contains('Generates plain-Java validators')
return true
