package corpus.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import corpus.load.FolderStamp;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IndexMetadataTest {

  @Test
  void survivesTheCommitDataWhateverTheFolderNames() {
    var metadata =
        new IndexMetadata(
            Path.of("/data/news"),
            "**/*.txt",
            Instant.parse("2026-11-23T10:15:30.123Z"),
            List.of(
                new FolderStamp(".", 1_700_000_000_123_456_789L, "ab12"),
                new FolderStamp(
                    "a \"quoted\"\tname\nwith a newline/ünï", FolderStamp.UNTRUSTED, "cd34")),
            true,
            -1,
            List.of("text=story.body", "date=meta.published"),
            List.of("米舒斯京", "佩斯科夫"),
            0.85);
    assertEquals(metadata, IndexMetadata.fromCommitData(metadata.toCommitData()));
  }

  @Test
  void commitDataOfAnotherSchemaOrDamagedStampsIsNotMisread() {
    var metadata =
        new IndexMetadata(
            Path.of("/data"),
            "*.txt",
            Instant.EPOCH,
            List.of(),
            false,
            2500,
            List.of(),
            List.of(),
            0.8);
    assertEquals(
        metadata, IndexMetadata.fromCommitData(metadata.toCommitData()), "a checkpoint stays one");
    Map<String, String> older = new HashMap<>(metadata.toCommitData());
    older.put("schema_version", "1");
    assertNull(IndexMetadata.fromCommitData(older));

    Map<String, String> damaged = new HashMap<>(metadata.toCommitData());
    damaged.put("folders", "[{\"id\":");
    assertNull(IndexMetadata.fromCommitData(damaged));

    Map<String, String> badThreshold = new HashMap<>(metadata.toCommitData());
    badThreshold.put("dup_threshold", "high");
    assertNull(IndexMetadata.fromCommitData(badThreshold));
  }
}
