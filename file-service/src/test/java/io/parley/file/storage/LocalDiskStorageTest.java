package io.parley.file.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LocalDiskStorageTest {
    @TempDir
    Path root;

    @Test
    void storesReadsAndDeletesAFileUnderItsDirectory() throws IOException {
        LocalDiskStorage storage = new LocalDiskStorage(root);

        storage.put("c-1/f-1", new byte[] {1, 2, 3}, "image/png");
        try (InputStream in = storage.open("c-1/f-1")) {
            assertThat(in.readAllBytes()).containsExactly(1, 2, 3);
        }
        storage.delete("c-1/f-1");

        assertThat(Files.exists(root.resolve("c-1/f-1"))).isFalse();
        assertThatThrownBy(() -> storage.open("c-1/f-1")).isInstanceOf(FileStorage.MissingObjectException.class);
    }

    @Test
    void aKeyCannotLeaveTheDirectory() {
        LocalDiskStorage storage = new LocalDiskStorage(root.resolve("files"));

        assertThatThrownBy(() -> storage.put("../outside", new byte[] {1}, "text/plain"))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
