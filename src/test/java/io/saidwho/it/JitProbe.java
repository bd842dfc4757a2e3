package io.saidwho.it;

import io.saidwho.job.ShortRunCompilation;
import io.saidwho.resolve.ShortHash;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.util.Base64;

/**
 * A child JVM's workload for {@link JitDirectivesIT}: calls a method of ours ({@link
 * ShortHash#hex}), one of the JDK ({@code Base64.Encoder.encode}) and one of Java serialisation
 * ({@code ObjectOutputStream.writeInt}) often enough that tiered compilation takes all three to
 * C2. With the argument {@code short-run}, applies {@link ShortRunCompilation} first and prints
 * whether it took. Prints a checksum so that no call is dead code.
 */
public final class JitProbe {

  static final int CALLS = 300_000;

  private JitProbe() {}

  public static void main(String[] args) throws IOException {
    if (args.length > 0 && args[0].equals("short-run")) {
      System.out.println("short run applied: " + ShortRunCompilation.apply());
    }
    Base64.Encoder encoder = Base64.getEncoder();
    ByteArrayOutputStream serialised = new ByteArrayOutputStream();
    byte[] bytes = new byte[48];
    long sum = 0;
    try (ObjectOutputStream out = new ObjectOutputStream(serialised)) {
      for (int i = 0; i < CALLS; i++) {
        bytes[i % bytes.length] = (byte) i;
        sum += encoder.encode(bytes)[i % 64];
        sum += ShortHash.hex(i * 2_654_435_761L).charAt(i % 16);
        out.writeInt(i);
      }
    }
    System.out.println(sum + serialised.size());
  }
}
