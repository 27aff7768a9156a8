def generated = new File(basedir, 'target/generated-sources/poolspec/com/example/pets')
['Finding', 'ValidationResult', 'PetValidator', 'NewPetValidator', 'ProblemValidator', 'ListPetsOperationValidator',
 'CreatePetOperationValidator', 'GetPetOperationValidator', 'DeletePetOperationValidator', 'ApiOperations'].each {
    assert new File(generated, it + '.java').isFile() : it
}
def log = new File(basedir, 'build.log').text
assert log =~ /Generated \d+ validator sources from .*openapi\.yaml into /
assert log.contains('Tests run: 5, Failures: 0, Errors: 0, Skipped: 0')

// The up-to-date record lists every file that was read, not only the root document.
def record = new File(basedir, 'target/generated-sources/poolspec/.poolspec/com.example.pets.sha256').text
['openapi.yaml', 'paths/pets.yaml', 'paths/pets_{petId}.yaml', 'components/schemas/Pet.yaml',
 'components/schemas/Weight.yaml', 'components/parameters/PetId.yaml', 'components/requestBodies/NewPet.yaml',
 'components/responses/Problem.yaml'].each {
    assert record.readLines().any { line -> line.startsWith('input ') && line.replace('\\', '/').endsWith('/src/main/openapi/' + it) } : it
}
return true
