package io.saidwho.io;

import io.saidwho.config.JobConfig;
import io.saidwho.io.input.InputListing;
import java.io.IOException;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * Driver-side checks of the input and output paths, through Hadoop's {@link FileSystem} (so local
 * paths, {@code file:}, {@code hdfs:}, {@code s3a:} all work), before any Spark job runs.
 *
 * <p>Inputs: listed by {@link InputListing} (every {@code input.path} must exist, no input files
 * at all is an error). Output: the directory is created if needed and a probe file of a unique
 * name (concurrent runs never clash on it) is written and deleted there.
 */
public final class PathChecks {

  /** Prefix of the probe file; each check writes its own name, so concurrent runs never clash. */
  private static final String PROBE = "_saidwho_write_probe-";

  private PathChecks() {}

  /** The input files of {@code config}, or an exception naming the unusable path. */
  public static InputFiles listInputs(JobConfig config, Configuration hadoop)
      throws UnusablePathException {
    return InputListing.list(config, hadoop);
  }

  /** Creates the output directory if needed and checks that a file can be written there. */
  public static void checkOutput(String output, Configuration hadoop)
      throws UnusablePathException {
    Path root = new Path(output);
    try {
      FileSystem fs = root.getFileSystem(hadoop);
      if (fs.exists(root) && !fs.getFileStatus(root).isDirectory()) {
        throw new UnusablePathException("output.path " + output + ": is a file, not a directory");
      }
      if (!fs.mkdirs(root)) {
        throw new UnusablePathException("output.path " + output + ": cannot be created");
      }
      Path probe = new Path(root, PROBE + UUID.randomUUID());
      fs.create(probe, true).close();
      fs.delete(probe, false);
    } catch (IOException | IllegalArgumentException e) {
      throw new UnusablePathException("output.path " + output + ": not writable: " + e, e);
    }
  }
}
