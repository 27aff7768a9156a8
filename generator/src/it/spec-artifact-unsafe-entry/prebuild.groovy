// A hand-made "spec jar" whose second entry would escape the unpack folder (zip slip). It goes straight into the
// ITs' local repository; an artifact there without _remote.repositories counts as locally installed.
import java.util.zip.ZipEntry
import java.util.zip.ZipOutputStream

def jar = new File(localRepositoryPath, 'com/example/it/unsafe-spec/1.0/unsafe-spec-1.0.jar')
jar.parentFile.mkdirs()
new ZipOutputStream(new FileOutputStream(jar)).withCloseable { zip ->
    zip.putNextEntry(new ZipEntry('api/openapi.yaml'))
    zip.write("openapi: 3.1.0\ninfo: {title: unsafe, version: '1'}\npaths: {}\n".getBytes('UTF-8'))
    zip.closeEntry()
    zip.putNextEntry(new ZipEntry('../../../escaped.txt'))
    zip.write('must not be written'.getBytes('UTF-8'))
    zip.closeEntry()
}
return true
