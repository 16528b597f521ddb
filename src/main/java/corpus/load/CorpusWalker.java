package corpus.load;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemLoopException;
import java.nio.file.FileSystems;
import java.nio.file.FileVisitOption;
import java.nio.file.FileVisitResult;
import java.nio.file.FileVisitor;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.PatternSyntaxException;

/**
 * Lists the article files under a corpus folder: recursively, following symbolic links, skipping
 * hidden files and folders (such as {@code .git/} or the index in {@code .corpus-index/}).
 *
 * <p>One bad entry never stops the walk: loops, dangling links and unreadable folders become {@link
 * Skipped} problems in the listing. Instances are immutable and thread-safe.
 */
public final class CorpusWalker {

  /** Every kind of file {@link ArticleReader} reads, plain or gzipped. */
  public static final String DEFAULT_GLOB =
      "*.{txt,html,htm,json,jsonl,ndjson,csv,tsv,"
          + "txt.gz,html.gz,htm.gz,json.gz,jsonl.gz,ndjson.gz,csv.gz,tsv.gz}";

  private static final Comparator<Skipped> BY_ID_THEN_REASON =
      Comparator.comparing(Skipped::id).thenComparing(Skipped::reason);

  private final String glob;
  private final List<PathMatcher> matchers;
  private final boolean matchesWholePath;

  public CorpusWalker() {
    this(DEFAULT_GLOB);
  }

  /**
   * @param glob a file-name glob such as {@code *.txt}, or, when it contains {@code /}, a glob over
   *     the '/'-separated path relative to the corpus folder, such as {@code news/**}{@code
   *     /*.txt}; there, as in git and Ant, {@code **}{@code /} also matches no folder at all
   * @throws IllegalArgumentException when the glob is blank or not valid glob syntax
   */
  public CorpusWalker(String glob) {
    this.matchers = matchers(glob);
    this.glob = glob;
    this.matchesWholePath = glob.contains("/");
  }

  /**
   * Checks a glob as {@link #CorpusWalker(String)} would, so a request can be refused before any
   * walk.
   *
   * @throws IllegalArgumentException when the glob is blank or not valid glob syntax
   */
  public static void checkGlob(String glob) {
    matchers(glob);
  }

  private static List<PathMatcher> matchers(String glob) {
    if (glob == null || glob.isBlank()) {
      throw new IllegalArgumentException("the file pattern is empty; use e.g. *.txt");
    }
    try {
      return zeroFolderVariants(glob, 0).stream()
          .map(variant -> FileSystems.getDefault().getPathMatcher("glob:" + variant))
          .toList();
    } catch (PatternSyntaxException invalid) {
      throw new IllegalArgumentException(
          "invalid file pattern \"" + glob + "\": " + invalid.getDescription(), invalid);
    }
  }

  public String glob() {
    return glob;
  }

  /**
   * @param folder the corpus folder
   * @throws NoSuchFileException when the folder does not exist
   * @throws NotDirectoryException when it is not a folder
   * @throws IOException only when the walk cannot start at all
   */
  public CorpusListing list(Path folder) throws IOException {
    Path root = folder.toAbsolutePath().normalize();
    if (!Files.exists(root)) {
      throw new NoSuchFileException(folder.toString(), null, "corpus folder does not exist");
    }
    if (!Files.isDirectory(root)) {
      throw new NotDirectoryException(folder.toString());
    }
    var collector = new Collector(root);
    Files.walkFileTree(
        root, EnumSet.of(FileVisitOption.FOLLOW_LINKS), Integer.MAX_VALUE, collector);
    collector.files.sort(Comparator.comparing(SourceFile::id));
    collector.problems.sort(BY_ID_THEN_REASON);
    collector.folders.sort(Comparator.comparing(FolderStamp::id));
    return new CorpusListing(root, collector.files, collector.problems, collector.folders);
  }

  /**
   * Whether a folder stamped by an earlier walk with this pattern still holds the same folders and
   * matching files. Its mtime is read first and its entries only when the mtime moved, so entries
   * the walk does not count coming and going (hidden files, an editor's swap file, an index kept
   * inside the corpus, a README among the articles) are not a change.
   *
   * @param root the corpus folder, absolute and normalised, as in {@link CorpusListing#root()}
   */
  public boolean unchanged(Path root, FolderStamp stamp) {
    Path dir = ".".equals(stamp.id()) ? root : root.resolve(stamp.id());
    try {
      BasicFileAttributes attributes = Files.readAttributes(dir, BasicFileAttributes.class);
      if (!attributes.isDirectory()) {
        return false;
      }
      if (stamp.sameTime(attributes.lastModifiedTime())) {
        return true;
      }
      List<String> counted = new ArrayList<>();
      try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
        for (Path entry : entries) {
          if (!isHidden(entry) && (Files.isDirectory(entry) || matches(entry, idOf(root, entry)))) {
            counted.add(entry.getFileName().toString());
          }
        }
      }
      return FolderStamp.digestOf(counted).equals(stamp.namesDigest());
    } catch (IOException goneOrUnreadable) {
      return false;
    }
  }

  private boolean matches(Path file, String id) {
    Path matched = matchesWholePath ? file.getFileSystem().getPath(id) : file.getFileName();
    return matchers.stream().anyMatch(matcher -> matcher.matches(matched));
  }

  /**
   * Java's glob needs at least one folder for {@code **}{@code /}, so {@code **}{@code /*.txt}
   * would miss top-level files; each such segment is also tried removed.
   */
  private static List<String> zeroFolderVariants(String glob, int from) {
    int anyFolders = glob.indexOf("**/", from);
    while (anyFolders > 0 && glob.charAt(anyFolders - 1) != '/') {
      anyFolders = glob.indexOf("**/", anyFolders + 1);
    }
    if (anyFolders < 0) {
      return List.of(glob);
    }
    var variants = new ArrayList<>(zeroFolderVariants(glob, anyFolders + 3));
    String removed = glob.substring(0, anyFolders) + glob.substring(anyFolders + 3);
    variants.addAll(zeroFolderVariants(removed, anyFolders));
    return variants;
  }

  /** The '/'-separated path relative to the root, whatever the platform's separator. */
  static String idOf(Path root, Path path) {
    Path relative = root.relativize(path);
    if (relative.toString().isEmpty()) {
      return ".";
    }
    var id = new StringBuilder();
    for (Path part : relative) {
      if (id.length() > 0) {
        id.append('/');
      }
      id.append(part);
    }
    return id.toString();
  }

  /** Why an entry the walker could not visit is skipped. */
  static String reasonFor(IOException failure) {
    if (failure instanceof FileSystemLoopException) {
      return "symlink loop";
    }
    return "unreadable: " + IoProblems.describe(failure);
  }

  private static boolean isHidden(Path path) {
    Path name = path.getFileName();
    return name != null && name.toString().startsWith(".");
  }

  /** Collects one walk's results; used by one thread, once. */
  private final class Collector implements FileVisitor<Path> {
    private final Path root;
    private final List<SourceFile> files = new ArrayList<>();
    private final List<Skipped> problems = new ArrayList<>();
    private final List<FolderStamp> folders = new ArrayList<>();

    /**
     * The visible entry names of each folder being walked, and its mtime taken before its listing.
     */
    private final Map<Path, List<String>> namesIn = new HashMap<>();

    private final Map<Path, FileTime> modifiedOf = new HashMap<>();
    private final Instant startedAt = Instant.now();

    Collector(Path root) {
      this.root = root;
    }

    @Override
    public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
      // The root is exempt: a corpus may well live in a hidden folder of its own.
      if (!dir.equals(root) && isHidden(dir)) {
        return FileVisitResult.SKIP_SUBTREE;
      }
      noteEntry(dir);
      namesIn.put(dir, new ArrayList<>());
      modifiedOf.put(dir, attrs.lastModifiedTime());
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
      if (isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      String id = idOf(root, file);
      if (matches(file, id)) {
        noteEntry(file);
      }
      if (attrs.isSymbolicLink()) {
        // With FOLLOW_LINKS the walker only hands over a link's own attributes when its target
        // cannot be read, i.e. when the link dangles.
        problems.add(new Skipped(id, "dangling symlink"));
      } else if (matches(file, id)) {
        if (attrs.isRegularFile()) {
          files.add(new SourceFile(file, id, attrs.size(), attrs.lastModifiedTime().toMillis()));
        } else {
          // A FIFO or device named like an article would block or never end when read.
          problems.add(new Skipped(id, "not a regular file"));
        }
      }
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult visitFileFailed(Path file, IOException failure) {
      if (!file.equals(root) && isHidden(file)) {
        return FileVisitResult.CONTINUE;
      }
      noteEntry(file);
      problems.add(new Skipped(idOf(root, file), reasonFor(failure)));
      return FileVisitResult.CONTINUE;
    }

    @Override
    public FileVisitResult postVisitDirectory(Path dir, IOException failure) {
      // A folder that failed part-way through its listing: keep what was read, note the rest.
      if (failure != null) {
        problems.add(new Skipped(idOf(root, dir), reasonFor(failure)));
      }
      folders.add(
          FolderStamp.of(idOf(root, dir), modifiedOf.remove(dir), namesIn.remove(dir), startedAt));
      return FileVisitResult.CONTINUE;
    }

    /**
     * Counts an entry in its folder's stamp: every visible folder, every visible entry matching the
     * pattern, and (their kind unknown) entries that could not be visited.
     */
    private void noteEntry(Path entry) {
      List<String> names = namesIn.get(entry.getParent());
      if (names != null) {
        names.add(entry.getFileName().toString());
      }
    }
  }
}
