package io.saidwho.io.input;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import org.apache.hadoop.fs.ChecksumFileSystem;
import org.apache.hadoop.fs.FSDataInputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.util.SerializableConfiguration;

/**
 * Opens input files through Hadoop's {@code FileSystem} with the session's Hadoop configuration
 * (broadcast once per run), from the file's escaped URI so that no name is re-parsed. Local files
 * are read without Hadoop's {@code .crc} side files (whose path Hadoop cannot even build for a
 * name like {@code a:b.txt}).
 */
public final class HadoopFileOpener implements FileOpener {

  private static final long serialVersionUID = 1L;

  private final Broadcast<SerializableConfiguration> hadoop;

  public HadoopFileOpener(Broadcast<SerializableConfiguration> hadoop) {
    this.hadoop = hadoop;
  }

  @Override
  public InputStream open(InputFile file, long start) throws IOException {
    Path path;
    try {
      path = new Path(new URI(file.uri()));
    } catch (URISyntaxException e) {
      throw new IOException("bad input URI " + file.uri(), e);
    }
    FileSystem fs = path.getFileSystem(hadoop.value().value());
    if (fs instanceof ChecksumFileSystem checksummed) {
      fs = checksummed.getRawFileSystem();
    }
    FSDataInputStream in = fs.open(path);
    if (start > 0) {
      in.seek(start);
    }
    return in;
  }
}
