package cn.suiji.shared.l10n;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.Locale;

/**
 * Why a file could not be read or written, in the clerk's language: java.nio reports the
 * operating system's own English ("Is a directory", "Permission denied", "No such file or
 * directory"); every reader and writer that names a file in a refusal passes its exception here.
 */
public final class FileReasons {
  private FileReasons() {}

  /** The cause of {@code e} as a short phrase, e.g. 没有读取或写入权限. */
  public static String describe(IOException e) {
    String reason = e instanceof FileSystemException fs && fs.getReason() != null ? fs.getReason() : e.getMessage();
    String lower = reason == null ? "" : reason.toLowerCase(Locale.ROOT);
    if (e instanceof NoSuchFileException || lower.contains("no such file")) {
      return Messages.msg("file.reason.notFound");
    }
    if (e instanceof AccessDeniedException || lower.contains("permission denied") || lower.contains("access is denied")) {
      return Messages.msg("file.reason.accessDenied");
    }
    if (lower.contains("is a directory")) {
      return Messages.msg("file.reason.isDirectory");
    }
    if (e instanceof NotDirectoryException || lower.contains("not a directory")) {
      return Messages.msg("file.reason.notDirectory");
    }
    if (lower.contains("no space left") || lower.contains("not enough space")) {
      return Messages.msg("file.reason.diskFull");
    }
    if (lower.contains("read-only file system")) {
      return Messages.msg("file.reason.readOnlyFileSystem");
    }
    if (e instanceof CharacterCodingException) {
      return Messages.msg("file.reason.encoding");
    }
    return Messages.msg("file.reason.other", reason == null || reason.isBlank() ? e.getClass().getSimpleName() : reason);
  }
}
