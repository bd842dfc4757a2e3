package io.saidwho.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.parquet.hadoop.ParquetFileReader;
import org.apache.parquet.hadoop.util.HadoopInputFile;

/**
 * Counts the rows of the Parquet files in one directory from their footers, on the driver: no
 * Spark job and no data page is read. Files whose name starts with {@code _} or {@code .} (commit
 * markers, checksums) are not data and are skipped. Counting what was written, after the write,
 * cannot double-count a retried task: only committed files are there.
 */
public final class WrittenRows {

  private WrittenRows() {}

  /** Rows in the Parquet files directly in {@code dir}; 0 when it does not exist. */
  public static long count(String dir, Configuration hadoop) {
    Path path = new Path(dir);
    try {
      FileSystem fs = path.getFileSystem(hadoop);
      if (!fs.exists(path)) {
        return 0;
      }
      long rows = 0;
      for (FileStatus file : fs.listStatus(path)) {
        if (file.isFile() && isData(file.getPath().getName())) {
          rows += rowsIn(file, hadoop);
        }
      }
      return rows;
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot count the rows written to " + dir, e);
    }
  }

  private static boolean isData(String name) {
    return !name.startsWith("_") && !name.startsWith(".");
  }

  private static long rowsIn(FileStatus file, Configuration hadoop) throws IOException {
    try (ParquetFileReader reader =
        ParquetFileReader.open(HadoopInputFile.fromStatus(file, hadoop))) {
      return reader.getRecordCount();
    }
  }
}
