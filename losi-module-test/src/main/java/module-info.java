/**
 * A consumer of the published LOSI libraries on the module path (not published; run by the build).
 * It requires each library module by name and nothing else.
 */
module dev.losi.moduletest {
  requires dev.losi.core;
  requires dev.losi.io;
  requires dev.losi.stats;
}
