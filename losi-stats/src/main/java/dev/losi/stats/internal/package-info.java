/** Implementation details of losi-stats shared across its packages. Not API: may change in any release. */
package dev.losi.stats.internal;
