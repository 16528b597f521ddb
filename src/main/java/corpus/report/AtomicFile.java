package corpus.report;

import java.io.BufferedOutputStream;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;

/**
 * Writes a file through a temporary sibling and a rename, so a reader never sees half a file and an
 * existing file is replaced only whole.
 */
public final class AtomicFile {
  private AtomicFile() {}

  public interface Body {
    void writeTo(Writer out) throws IOException;
  }

  /** The bytes of a file, such as an image. */
  public interface Bytes {
    void writeTo(OutputStream out) throws IOException;
  }

  /** Writes text, in UTF-8. */
  public static void write(Path target, Body body) throws IOException {
    writeBytes(
        target,
        out -> {
          Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
          body.writeTo(text);
          text.flush();
        });
  }

  /**
   * Checks that {@code target} could be written: not a folder, in a folder that exists. Commands
   * call it before their work, so a typo in a path fails at once, not after minutes of counting.
   *
   * @throws IOException saying why it cannot be written
   */
  public static void checkTarget(Path target) throws IOException {
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    if (Files.isDirectory(absolute)) {
      throw new IOException("cannot write " + target + ": it is a directory");
    }
    if (parent == null || !Files.isDirectory(parent)) {
      throw new IOException(
          "cannot write " + target + ": the folder " + parent + " does not exist");
    }
  }

  public static void writeBytes(Path target, Bytes body) throws IOException {
    checkTarget(target);
    Path absolute = target.toAbsolutePath();
    Path parent = absolute.getParent();
    // A short fixed prefix: the target's own name may already be as long as names can be.
    Path temporary = Files.createTempFile(parent, ".corpus-", ".tmp");
    try {
      try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(temporary))) {
        body.writeTo(out);
      }
      if (Files.getFileStore(temporary).supportsFileAttributeView("posix")) {
        // Temporary files are created private; an export is an ordinary file.
        Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-r--r--"));
      }
      try {
        Files.move(
            temporary,
            absolute,
            StandardCopyOption.ATOMIC_MOVE,
            StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
  }
}
