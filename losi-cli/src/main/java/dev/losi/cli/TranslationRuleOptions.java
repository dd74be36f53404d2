package dev.losi.cli;

import dev.losi.core.mapping.TranslationRules;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * How {@code losi map} translates the indicators an edition mapping merges or splits: {@code --merge all|any}
 * and {@code --split copy|none}. A picocli mixin;
 * {@link #rules()} are the translation rules.
 */
final class TranslationRuleOptions {

  @Spec(Spec.Target.MIXEE) CommandSpec mixee;

  @Option(names = "--merge", paramLabel = "all|any", defaultValue = "all",
      description = "A merged indicator is present when all (default) or any of its sources are present.")
  String merge;

  /** The rule of {@code --merge}. */
  private TranslationRules.MergeRule mergeRule() {
    return OptionWords.choose(mixee, "--merge", merge, Map.entry("all", TranslationRules.MergeRule.ALL_PRESENT),
        Map.entry("any", TranslationRules.MergeRule.ANY_PRESENT));
  }

  @Option(names = "--split", paramLabel = "copy|none", defaultValue = "none",
      description = "A split indicator's targets all get the source's answer (copy) or stay not assessed (none, default).")
  String split;

  /**
   * The conservative rules with the merge and split rules of these options.
   *
   * @throws picocli.CommandLine.ParameterException for a word not offered (a usage error, exit 2)
   */
  TranslationRules rules() {
    return TranslationRules.conservative().withMergeRule(mergeRule()).withSplitRule(OptionWords.choose(mixee, "--split",
        split, Map.entry("copy", TranslationRules.SplitRule.COPY_TO_EVERY_TARGET),
        Map.entry("none", TranslationRules.SplitRule.LEAVE_NOT_ASSESSED)));
  }
}
