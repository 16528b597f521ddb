package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling from folder stamps alone whether files came or went since a listing. */
class FolderStampTest {
  private static final FileTime AN_HOUR_AGO = FileTime.from(Instant.now().minusSeconds(3600));

  @TempDir Path root;

  @BeforeEach
  void corpus() throws IOException {
    Files.createDirectories(root.resolve("2023/05"));
    Files.createDirectories(root.resolve(".git"));
    Files.writeString(root.resolve("a.txt"), "one");
    Files.writeString(root.resolve("2023/05/b.txt"), "two");
    Files.writeString(root.resolve("2023/notes.md"), "not an article, still an entry");
  }

  /** Lists the corpus with every folder's mtime an hour old, so the mtime is trusted. */
  private CorpusListing listedLongAgo() throws IOException {
    for (String folder : List.of(".", "2023", "2023/05")) {
      Files.setLastModifiedTime(root.resolve(folder), AN_HOUR_AGO);
    }
    return new CorpusWalker().list(root);
  }

  private static final CorpusWalker WALKER = new CorpusWalker();

  private static boolean allMatch(CorpusListing listing) {
    return listing.folders().stream().allMatch(folder -> WALKER.unchanged(listing.root(), folder));
  }

  @Test
  void everyVisibleFolderIsStampedTheCorpusFolderAsDot() throws IOException {
    CorpusListing listing = listedLongAgo();
    assertEquals(
        List.of(".", "2023", "2023/05"), listing.folders().stream().map(FolderStamp::id).toList());
    assertEquals(
        AN_HOUR_AGO.toInstant().toEpochMilli(),
        listing.folders().get(0).modifiedNanos() / 1_000_000);
    assertTrue(allMatch(listing));
  }

  @Test
  void anAddedFileIsSeenInItsFolder() throws IOException {
    CorpusListing listing = listedLongAgo();
    Files.writeString(root.resolve("2023/05/c.txt"), "three");
    assertFalse(WALKER.unchanged(listing.root(), listing.folders().get(2)));
    assertTrue(WALKER.unchanged(listing.root(), listing.folders().get(0)));
  }

  @Test
  void removedAndRenamedFilesAreSeen() throws IOException {
    CorpusListing listing = listedLongAgo();
    Files.delete(root.resolve("a.txt"));
    assertFalse(allMatch(listing));

    CorpusListing again = listedLongAgo();
    Files.move(root.resolve("2023/05/b.txt"), root.resolve("2023/05/b2.txt"));
    assertFalse(allMatch(again));
  }

  @Test
  void aNewOrRemovedFolderIsSeenInItsParent() throws IOException {
    CorpusListing listing = listedLongAgo();
    Files.createDirectories(root.resolve("2024"));
    assertFalse(allMatch(listing));

    CorpusListing again = new CorpusWalker().list(root);
    Files.delete(root.resolve("2024"));
    assertFalse(allMatch(again));
  }

  @Test
  void aFolderThatIsGoneOrNoLongerAFolderDoesNotMatch() throws IOException {
    CorpusListing listing = listedLongAgo();
    Files.delete(root.resolve("2023/05/b.txt"));
    Files.delete(root.resolve("2023/05"));
    Files.writeString(root.resolve("2023/05"), "a file where the folder was");
    assertFalse(WALKER.unchanged(listing.root(), listing.folders().get(2)));
  }

  @Test
  void hiddenEntriesAndTouchedFoldersAreNotChanges() throws IOException {
    CorpusListing listing = listedLongAgo();
    Files.writeString(root.resolve(".a.txt.swp"), "an editor's swap file");
    Files.writeString(root.resolve(".git/index"), "inside a hidden folder");
    Files.setLastModifiedTime(root.resolve("2023"), FileTime.from(Instant.now()));
    assertNotEquals(
        AN_HOUR_AGO, Files.getLastModifiedTime(root), "the mtime moved; the names did not");
    assertTrue(allMatch(listing));
  }

  @Test
  void filesThatAreNotArticlesComingAndGoingAreNotChanges() throws IOException {
    CorpusListing listing = listedLongAgo();
    Files.writeString(root.resolve("README.md"), "about this corpus");
    Files.delete(root.resolve("2023/notes.md"));
    assertTrue(allMatch(listing));
  }

  @Test
  void anIndexKeptInsideTheCorpusUnderAVisibleNameIsNotAChange() throws IOException {
    Files.createDirectories(root.resolve("idx"));
    Files.writeString(root.resolve("idx/segments_1"), "first commit");
    CorpusListing listing = listedLongAgo();
    Files.delete(root.resolve("idx/segments_1"));
    Files.writeString(root.resolve("idx/segments_2"), "the next commit");
    assertTrue(allMatch(listing));
  }

  @Test
  void aFileEditedInPlaceIsLeftToTheNextIndexRun() throws IOException {
    CorpusListing listing = listedLongAgo();
    Files.writeString(root.resolve("a.txt"), "edited in place, longer than before");
    assertTrue(allMatch(listing), "documented: only added, removed and renamed files are seen");
  }

  @Test
  void aFolderChangedJustBeforeItsListingIsComparedByNames() throws IOException {
    // Just written: within the tick, so its mtime alone proves nothing.
    CorpusListing listing = new CorpusWalker().list(root);
    assertTrue(
        listing.folders().stream()
            .allMatch(folder -> folder.modifiedNanos() == FolderStamp.UNTRUSTED));
    assertTrue(allMatch(listing));
    Files.writeString(root.resolve("2023/05/c.txt"), "three");
    assertFalse(allMatch(listing));
  }
}
