/**
 * The OSI-LOSI study: joins city LOSI results with their country's Online Service Index (OSI) by ISO
 * 3166-1 alpha-3 code or UN country name ({@link dev.losi.stats.study.CountryCodes}), correlates them,
 * fits a least-squares line of LOSI on OSI, ranks the cities above the line (leaders) and below it
 * (laggards), and tabulates LOSI level by OSI level. Start at {@link dev.losi.stats.study.OsiLosiStudy}.
 */
@Value.Style(
    jakarta = true,
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    get = {"is*", "get*"},
    init = "*",
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "index:indices"})
package dev.losi.stats.study;

import org.immutables.value.Value;
