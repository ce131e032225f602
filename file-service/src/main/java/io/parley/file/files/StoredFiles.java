package io.parley.file.files;

import java.util.Optional;
import java.util.UUID;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.stereotype.Repository;

/** File metadata in MongoDB. */
@Repository
public class StoredFiles {
    private final MongoTemplate mongo;

    StoredFiles(MongoTemplate mongo) {
        this.mongo = mongo;
    }

    public Optional<StoredFile> find(UUID id) {
        return Optional.ofNullable(mongo.findById(id.toString(), StoredFile.class));
    }

    void insert(StoredFile file) {
        mongo.insert(file);
    }

    long count() {
        return mongo.count(new org.springframework.data.mongodb.core.query.Query(), StoredFile.class);
    }
}
