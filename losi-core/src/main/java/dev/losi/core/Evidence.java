package dev.losi.core;

import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * What an assessor recorded to support an answer: the channels where the feature was found, a URL and
 * a note. At least one of the three is present; otherwise there is simply no evidence.
 *
 * @since 0.1.0
 */
@Value.Immutable
public abstract class Evidence {

  Evidence() {}

  /** {@return the channels where the feature was found; may be empty when only a URL or note was recorded} */
  public abstract Set<Channel> channels();

  /** {@return the URL where the feature was found} */
  public abstract Optional<String> url();

  /** {@return a free-text note (any characters, including commas, quotes and line breaks)} */
  public abstract Optional<String> note();

  /**
   * {@return true when at least one channel is named and none of them is the municipal portal or a site it
   * links to: the case in which an MGP-specific indicator does not count}
   */
  public boolean namesOnlyNonMunicipalChannels() {
    return !channels().isEmpty() && channels().stream().noneMatch(Channel::isMunicipalPortal);
  }

  /**
   * {@return Evidence naming the given channels}
   *
   * @param channels the channels on which the feature was found
   */
  public static Evidence on(Channel... channels) {
    return builder().addChannels(channels).build();
  }

  /**
   * Starts an evidence record.
   *
   * @return a new, empty builder
   */
  public static Builder builder() {
    return new Builder();
  }

  @Value.Check
  void check() {
    if (channels().isEmpty() && url().isEmpty() && note().isEmpty()) {
      throw new LosiValidationException(java.util.List.of(Problem.builder().field("evidence")
          .message("needs a channel, a URL or a note; leave the evidence out instead").build()));
    }
  }

  /**
   * Builds {@link Evidence}. Not thread-safe.
   *
   * @since 0.1.0
   */
  public static final class Builder extends ImmutableEvidence.Builder {
    Builder() {}
  }
}
