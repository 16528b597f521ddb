package corpus.load;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;

/** Short reasons for I/O failures, shared by the walker and the reader. */
final class IoProblems {

  private IoProblems() {}

  /**
   * A reason without the file's absolute path: {@link FileSystemException#getMessage()} starts with
   * the path, which is volatile and already given by the skipped entry's id.
   */
  static String describe(IOException failure) {
    if (failure instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (failure instanceof NoSuchFileException) {
      return "no such file";
    }
    if (failure instanceof FileSystemException fileSystem) {
      return fileSystem.getReason() != null
          ? fileSystem.getReason()
          : failure.getClass().getSimpleName();
    }
    return failure.getMessage() != null ? failure.getMessage() : failure.getClass().getSimpleName();
  }
}
