import java.util.zip.ZipFile

def jar = new File(localRepositoryPath, 'com/example/it/multi-file-spec/1.0/multi-file-spec-1.0.jar')
assert jar.isFile() : jar
new ZipFile(jar).withCloseable { zip ->
    ['api/openapi.yaml', 'api/paths/orders.yaml', 'api/schemas/Order.yaml', 'api/schemas/LineItem.yaml',
     'common/money.yaml'].each { assert zip.getEntry(it) != null : it }
}
return true
