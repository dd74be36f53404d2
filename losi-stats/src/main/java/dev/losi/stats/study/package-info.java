/**
 * The OSI-LOSI study: joins city LOSI results with their country's Online Service Index (OSI) by ISO
 * 3166-1 alpha-3 code or UN country name ({@link dev.losi.stats.study.CountryCodes}), correlates them,
 * fits a least-squares line of LOSI on OSI, ranks the cities above the line (leaders) and below it
 * (laggards), and tabulates LOSI level by OSI level. Start at {@link dev.losi.stats.study.OsiLosiStudy}.
 */
@ValueStyle
package dev.losi.stats.study;

import dev.losi.core.internal.ValueStyle;
