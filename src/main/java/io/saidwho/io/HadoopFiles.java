package io.saidwho.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.UUID;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The few file operations the publish, the lock and the manifests rely on, through Hadoop's
 * {@link FileSystem}: a rename that never silently becomes a copy or a move into an existing
 * folder, and small JSON files replaced whole (written to a temporary name, then renamed, so a
 * reader or a crash never sees half a file). On the local file system the replace is one atomic
 * {@code rename(2)}; on HDFS it is a delete and a rename. Stateless.
 */
public final class HadoopFiles {

  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private HadoopFiles() {}

  /** Renames {@code from} to {@code to}, which must not exist; creates {@code to}'s parent. */
  public static void move(FileSystem fs, Path from, Path to) throws IOException {
    if (fs.exists(to)) {
      throw new IOException("cannot move " + from + " to " + to + ": the target exists");
    }
    fs.mkdirs(to.getParent());
    if (!fs.rename(from, to)) {
      throw new IOException("cannot move " + from + " to " + to + ": rename failed");
    }
  }

  /** Writes {@code value} as pretty JSON to {@code path}, replacing the whole file at once. */
  public static void writeJson(FileSystem fs, Path path, Object value) throws IOException {
    Path tmp = new Path(path.getParent(), "." + path.getName() + "." + UUID.randomUUID() + ".tmp");
    fs.mkdirs(path.getParent());
    if (isLocal(fs)) {
      Files.write(localFile(fs, tmp), JSON.writeValueAsBytes(value), StandardOpenOption.CREATE_NEW);
      Files.move(localFile(fs, tmp), localFile(fs, path), StandardCopyOption.ATOMIC_MOVE,
          StandardCopyOption.REPLACE_EXISTING);
      return;
    }
    try (OutputStream out = fs.create(tmp, false)) {
      JSON.writeValue(out, value);
    }
    fs.delete(path, false);
    if (!fs.rename(tmp, path)) {
      throw new IOException("cannot rename " + tmp + " to " + path);
    }
  }

  /** The JSON object at {@code path}, or null when there is no such file. */
  public static Map<String, Object> readJson(FileSystem fs, Path path) throws IOException {
    try (InputStream in = fs.open(path)) {
      return JSON.readValue(in, new TypeReference<Map<String, Object>>() {});
    } catch (FileNotFoundException e) {
      return null;
    }
  }

  static boolean isLocal(FileSystem fs) {
    return fs instanceof LocalFileSystem || fs instanceof RawLocalFileSystem;
  }

  /** The {@link java.nio.file.Path} of a path on the local file system {@code fs}. */
  static java.nio.file.Path localFile(FileSystem fs, Path path) {
    return java.nio.file.Path.of(fs.makeQualified(path).toUri());
  }
}
