package io.parley.file.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.parley.file.support.Samples;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentInspectorTest {
    private final ContentInspector inspector = new ContentInspector();

    @TempDir
    Path dir;

    @Test
    void aRealPngJpegAndPdfAreRecognisedFromTheirBytes() throws IOException {
        assertThat(inspect(Samples.png(20, 10), "photo")).isEqualTo(new Inspection("image/png", FileKind.IMAGE));
        assertThat(inspect(Samples.jpeg(20, 10), "photo.png")).isEqualTo(new Inspection("image/jpeg", FileKind.IMAGE));
        assertThat(inspect(Samples.pdf(), "invoice.txt")).isEqualTo(new Inspection("application/pdf", FileKind.PDF));
    }

    @Test
    void htmlRenamedPngIsRefusedNamingTheDetectedType() {
        byte[] html = "<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> inspect(html, "cat.png"))
                .isInstanceOf(UnsupportedContentException.class)
                .hasMessageContaining("text/html");
    }

    @Test
    void svgIsRefusedEvenWithAnImageName() {
        byte[] svg = "<?xml version=\"1.0\"?><svg xmlns=\"http://www.w3.org/2000/svg\"><script>1</script></svg>"
                .getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> inspect(svg, "logo.svg"))
                .isInstanceOf(UnsupportedContentException.class)
                .extracting(e -> ((UnsupportedContentException) e).detectedType())
                .isEqualTo("image/svg+xml");
    }

    @Test
    void executablesAndZipsAreRefusedAndAZipNamedDocxStaysAZip() throws IOException {
        byte[] exe = "MZ\u0090\0\3\0\0\0\4\0\0\0".getBytes(StandardCharsets.ISO_8859_1);
        byte[] zip = zip("notes.txt", "hello");

        assertThatThrownBy(() -> inspect(exe, "setup.exe")).isInstanceOf(UnsupportedContentException.class);
        assertThatThrownBy(() -> inspect(zip, "archive.zip")).hasMessageContaining("application/zip");
        assertThatThrownBy(() -> inspect(zip, "report.docx")).hasMessageContaining("application/zip");
    }

    @Test
    void officeDocumentsAndPlainTextAreAccepted() throws IOException {
        byte[] docx = zip("[Content_Types].xml", "<Types/>");

        assertThat(inspect(docx, "report.docx").contentType())
                .isEqualTo("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
        assertThat(inspect("Order 1234 arrived broken.\n".getBytes(StandardCharsets.UTF_8), "note.txt"))
                .isEqualTo(new Inspection("text/plain", FileKind.TEXT));
    }

    private Inspection inspect(byte[] content, String name) throws IOException {
        Path file = Files.write(Files.createTempFile(dir, "upload", ".bin"), content);
        return inspector.inspect(file, name);
    }

    private static byte[] zip(String entry, String text) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.putNextEntry(new ZipEntry(entry));
            zip.write(text.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return out.toByteArray();
    }
}
