package corpus.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemLoopException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CorpusWalkerTest {

  @TempDir Path root;

  private Path write(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    return Files.writeString(file, "text of " + relative, StandardCharsets.UTF_8);
  }

  private static List<String> ids(CorpusListing listing) {
    return listing.files().stream().map(SourceFile::id).toList();
  }

  private CorpusListing list(CorpusWalker walker) throws IOException {
    // A walk that loops forever must fail the test, not hang the build.
    return assertTimeoutPreemptively(Duration.ofSeconds(20), () -> walker.list(root));
  }

  @Test
  void listsTextFilesInNestedFoldersSortedByIdInPlainStringOrder() throws IOException {
    for (String name :
        List.of("b/z.txt", "a.txt", "B.txt", "b/a/c.txt", "b-c.txt", "b.txt", "a/b/c/d.txt")) {
      write(name);
    }
    var listing = list(new CorpusWalker());
    // '-' (0x2D) < '.' (0x2E) < '/' (0x2F) < 'B' < 'a': plain String order, not locale order.
    assertEquals(
        List.of("B.txt", "a.txt", "a/b/c/d.txt", "b-c.txt", "b.txt", "b/a/c.txt", "b/z.txt"),
        ids(listing));
    assertEquals(List.of(), listing.problems());
    assertEquals(root.toAbsolutePath().normalize(), listing.root());
  }

  @Test
  void sourceFilesCarryTheirAbsolutePathSizeAndModifiedTime() throws IOException {
    Path file = write("news/one.txt");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_700_000_000_123L));
    var source = list(new CorpusWalker()).files().get(0);
    assertEquals(
        new SourceFile(file.toAbsolutePath(), "news/one.txt", Files.size(file), 1_700_000_000_123L),
        source);
  }

  @Test
  void defaultGlobTakesOnlyTxtFiles() throws IOException {
    write("a.txt");
    write("b.md");
    write("c.txt.bak");
    write("d.TXT");
    write("sub/e.txt");
    assertEquals(List.of("a.txt", "sub/e.txt"), ids(list(new CorpusWalker())));
  }

  @Test
  void customFileNameGlobMatchesInEveryFolder() throws IOException {
    write("a.txt");
    write("b.md");
    write("deep/er/c.md");
    assertEquals(List.of("b.md", "deep/er/c.md"), ids(list(new CorpusWalker("*.md"))));
  }

  @Test
  void globWithBracesMatchesSeveralExtensions() throws IOException {
    write("a.txt");
    write("b.md");
    write("c.html");
    assertEquals(List.of("a.txt", "b.md"), ids(list(new CorpusWalker("*.{txt,md}"))));
  }

  @Test
  void globWithSlashMatchesTheRelativePath() throws IOException {
    write("top.txt");
    write("news/2024/a.txt");
    write("news/b.txt");
    write("other/c.txt");
    assertEquals(
        List.of("news/2024/a.txt", "news/b.txt"), ids(list(new CorpusWalker("news/**/*.txt"))));
    assertEquals(List.of("news/b.txt"), ids(list(new CorpusWalker("news/*.txt"))));
  }

  @Test
  void doubleStarSlashAlsoMatchesNoFolderAtAll() throws IOException {
    write("top.txt");
    write("a/b/deep.txt");
    write("a/x/b/deeper.txt");
    write("a/b.txt");
    assertEquals(
        List.of("a/b.txt", "a/b/deep.txt", "a/x/b/deeper.txt", "top.txt"),
        ids(list(new CorpusWalker("**/*.txt"))));
    assertEquals(
        List.of("a/b/deep.txt", "a/x/b/deeper.txt"), ids(list(new CorpusWalker("a/**/b/*.txt"))));
  }

  @Test
  void invalidGlobIsAnIllegalArgumentNamingThePattern() {
    var failure = assertThrows(IllegalArgumentException.class, () -> new CorpusWalker("*.{txt"));
    assertTrue(failure.getMessage().contains("*.{txt"), failure.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new CorpusWalker(" "));
  }

  @Test
  void hiddenFilesAndFoldersAreSkippedEntirely() throws IOException {
    write("visible.txt");
    write(".hidden.txt");
    write(".git/objects/x.txt");
    write(".corpus-index/notes.txt");
    write("sub/.draft.txt");
    write("sub/.cache/y.txt");
    var listing = list(new CorpusWalker());
    assertEquals(List.of("visible.txt"), ids(listing));
    assertEquals(List.of(), listing.problems());
  }

  @Test
  void aHiddenRootFolderIsStillWalked() throws IOException {
    Path hiddenRoot = root.resolve(".corpus");
    Files.createDirectories(hiddenRoot);
    Files.writeString(hiddenRoot.resolve("a.txt"), "text");
    assertEquals(List.of("a.txt"), ids(new CorpusWalker().list(hiddenRoot)));
  }

  @Test
  void symlinkLoopIsReportedAndDoesNotHang() throws IOException {
    write("dir/a.txt");
    write("z.txt");
    Files.createSymbolicLink(root.resolve("dir/link"), root.resolve("dir"));
    Files.createSymbolicLink(root.resolve("dir/up"), root);
    var listing = list(new CorpusWalker());
    assertEquals(List.of("dir/a.txt", "z.txt"), ids(listing));
    assertEquals(
        List.of(new Skipped("dir/link", "symlink loop"), new Skipped("dir/up", "symlink loop")),
        listing.problems());
  }

  @Test
  void danglingSymlinkIsReportedAndTheWalkGoesOn() throws IOException {
    write("a.txt");
    write("c.txt");
    Files.createSymbolicLink(root.resolve("b.txt"), root.resolve("missing.txt"));
    var listing = list(new CorpusWalker());
    assertEquals(List.of("a.txt", "c.txt"), ids(listing));
    assertEquals(List.of(new Skipped("b.txt", "dangling symlink")), listing.problems());
  }

  @Test
  void fileReachedThroughTwoLinksIsListedUnderBothIds() throws IOException {
    Path target = write("shared/original.txt");
    Files.createDirectories(root.resolve("x"));
    Files.createSymbolicLink(root.resolve("x/alias.txt"), target);
    Files.createSymbolicLink(root.resolve("mirror"), root.resolve("shared"));
    var listing = list(new CorpusWalker());
    assertEquals(
        List.of("mirror/original.txt", "shared/original.txt", "x/alias.txt"), ids(listing));
    long size = Files.size(target);
    assertTrue(listing.files().stream().allMatch(f -> f.size() == size), listing.files()::toString);
  }

  @Test
  void directoryNamedLikeAnArticleIsWalkedNotListed() throws IOException {
    write("x.txt/inner.txt");
    assertEquals(List.of("x.txt/inner.txt"), ids(list(new CorpusWalker())));
  }

  @Test
  void missingRootIsNoSuchFile() {
    assertThrows(NoSuchFileException.class, () -> new CorpusWalker().list(root.resolve("nowhere")));
  }

  @Test
  void fileAsRootIsNotADirectory() throws IOException {
    Path file = write("a.txt");
    assertThrows(NotDirectoryException.class, () -> new CorpusWalker().list(file));
  }

  @Test
  void unreadableFolderReasonHidesTheAbsolutePath() {
    // Tests run as root, which reads any folder, so the reason is checked directly.
    assertEquals(
        "unreadable: permission denied",
        CorpusWalker.reasonFor(new AccessDeniedException("/abs/path/secret")));
    assertEquals(
        "symlink loop", CorpusWalker.reasonFor(new FileSystemLoopException("/abs/path/loop")));
  }

  @Test
  void bundledSampleCorpusListsItsFiveArticles() throws IOException {
    var listing = new CorpusWalker().list(SampleCorpus.folder());
    assertEquals(5, listing.files().size());
    assertTrue(listing.files().get(0).id().startsWith("000_"), listing.files()::toString);
    assertTrue(listing.files().get(4).id().startsWith("004_"), listing.files()::toString);
  }
}
