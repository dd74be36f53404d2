package dev.losi.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.Charset;

/**
 * Decodes text strictly (UTF-8 by default, or another charset such as windows-1252): every character before a malformed sequence is delivered first, and the
 * read that reaches the malformed sequence throws {@link MalformedInputException}, so the caller
 * knows exactly where the text broke. Not thread-safe.
 */
final class StrictReader extends Reader {

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes = ByteBuffer.allocate(16 * 1024);
  private boolean eof;
  private boolean flushed;
  private CoderResult pending;

  StrictReader(InputStream in, Charset charset) {
    this.in = in;
    this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    bytes.flip();
  }

  @Override
  public int read(char[] cbuf, int off, int len) throws IOException {
    if (len == 0) {
      return 0;
    }
    CharBuffer out = CharBuffer.wrap(cbuf, off, len);
    while (out.position() == off) {
      if (pending != null) {
        pending.throwException();
      }
      if (flushed) {
        return -1; // everything was decoded and flushed: the decoder must not be used again
      }
      if (!bytes.hasRemaining() && !eof) {
        refill();
      }
      CoderResult r = decoder.decode(bytes, out, eof);
      if (r.isError()) {
        if (out.position() > off) {
          pending = r;
          break;
        }
        r.throwException();
      }
      if (r.isUnderflow()) {
        if (eof) {
          if (!flushed) {
            decoder.flush(out);
            flushed = true;
          }
          if (out.position() == off) {
            return -1;
          }
          break;
        }
        if (out.position() > off) {
          break;
        }
        refill();
      } else if (r.isOverflow()) {
        break;
      }
    }
    return out.position() - off;
  }

  private void refill() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      eof = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }
}
