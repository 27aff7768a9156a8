import java.util.zip.ZipFile

def jar = new File(localRepositoryPath, 'com/example/it/compat-baseline/1.0/compat-baseline-1.0.jar')
assert jar.isFile() : jar
new ZipFile(jar).withCloseable { zip -> assert zip.getEntry('openapi/pets.yaml') != null }
return true
