# Reference values from R's stats::cor.test for ScipyAndRReferenceTest (run by hand; tests only read the output).
#
# Run:  Rscript reference_r.R      (from this directory; writes reference-r.tsv beside this script)
# Made with R 4.2.2 Patched (2022-11-10 r83330) (Debian 12 package r-base-core); the version actually used
# is written into the header of the output.
#
# The data sets are rebuilt from the same integer formulas as reference.js, reference_scipy.py and
# ReferenceData.java (every value is an integer divided by an integer: the same doubles on every side).
#
# Calls, for each data set (x, y):
#   cor.test(x, y, method = "pearson")                    estimate, p.value, conf.int (Fisher z; n > 3 only)
#   cor.test(x, y, method = "spearman", exact = FALSE)    estimate, p.value (t approximation on rho)
#   cor.test(x, y, method = "spearman")                   R's default, recorded for comparison: exact = NULL means
#                                                         exact (n <= 9) or the AS 89 Edgeworth series (n <= 1290)
#                                                         when there are no ties; with ties (warning "Cannot compute
#                                                         exact p-value with ties") or n > 1290 the t approximation
#   cor.test(x, y, method = "kendall",  exact = FALSE)    estimate, p.value (tie-corrected variance of S,
#                                                         normal approximation, continuity = FALSE default)
#   cor.test(x, y, method = "kendall",  exact = TRUE)     data without ties and n <= 50 only (exact
#                                                         distribution of the concordant count, ckendall)
#   sum(x), sum(y)                                        a fingerprint of the data set (row "data")
# Empty = not given by R (cor.test gives no interval for Spearman or Kendall, nor for Pearson with n = 3).
# Floats are written with sprintf("%.17g") (enough digits to identify the double).

ties <- function(n) {
  i <- 0:(n - 1)
  u <- (i * 7919) %% 1009
  list(x = (u %% 60 + 20) / 95, y = ((u %% 60) + (i * 31) %% 37) / 96)
}
continuous <- function(n) {
  i <- 0:(n - 1)
  a <- (i * 7919) %% 10007
  list(x = a / 10007, y = a / 10007 + ((i * 104729) %% 10009) / 10009)
}
perm <- function(n, m, p) {
  i <- 0:(n - 1)
  list(x = as.numeric(i), y = as.numeric((i * m) %% p))
}

datasets <- list(
  # Hollander and Wolfe (1973), p. 187: the example data of R's cor.test help page.
  hollander_wolfe = list(x = c(44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1),
                         y = c(2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8)),
  n3 = list(x = c(1, 2, 3), y = c(1, 3, 2)),
  ties_200 = ties(200),
  ties_10000 = ties(10000),
  continuous_10000 = continuous(10000),
  noties_30 = perm(30, 7, 31),
  noties_50 = perm(50, 17, 53),
  noties_12 = list(x = as.numeric(1:12), y = c(2, 1, 4, 3, 6, 5, 8, 7, 12, 11, 10, 9))
)

fmt <- function(v) if (is.null(v) || is.na(v)) "" else sprintf("%.17g", v)

out <- c(
  paste0("# ", R.version.string),
  "# pearson: cor.test(x, y, method = \"pearson\"); estimate, p.value, conf.int (95%)",
  "# spearman_t: cor.test(x, y, method = \"spearman\", exact = FALSE); estimate, p.value",
  "# spearman_default: cor.test(x, y, method = \"spearman\"); estimate, p.value (R's default exact = NULL)",
  "# kendall_asymptotic: cor.test(x, y, method = \"kendall\", exact = FALSE); estimate, p.value",
  "# kendall_exact: cor.test(x, y, method = \"kendall\", exact = TRUE) (data without ties, n <= 50)",
  "# data: sum(x) in the estimate column, sum(y) in the p_value column (a fingerprint of the data set)",
  "# data sets: reference.js / ReferenceData.java; written by reference_r.R; empty = not given by R",
  "dataset\tn\tcall\testimate\tp_value\tci_lower\tci_upper\twarnings")

for (name in names(datasets)) {
  x <- datasets[[name]]$x
  y <- datasets[[name]]$y
  n <- length(x)
  calls <- list(
    data = function() list(estimate = sum(x), p.value = sum(y)),
    pearson = function() cor.test(x, y, method = "pearson"),
    spearman_t = function() cor.test(x, y, method = "spearman", exact = FALSE),
    spearman_default = function() cor.test(x, y, method = "spearman"),
    kendall_asymptotic = function() cor.test(x, y, method = "kendall", exact = FALSE))
  if (!anyDuplicated(x) && !anyDuplicated(y) && n <= 50) {
    calls$kendall_exact <- function() cor.test(x, y, method = "kendall", exact = TRUE)
  }
  for (call in names(calls)) {
    warns <- character(0)
    t <- withCallingHandlers(calls[[call]](),
                             warning = function(w) { warns <<- c(warns, conditionMessage(w)); invokeRestart("muffleWarning") })
    ci <- t$conf.int
    out <- c(out, paste(name, n, call, fmt(unname(t$estimate)), fmt(t$p.value),
                        fmt(if (is.null(ci)) NULL else ci[1]), fmt(if (is.null(ci)) NULL else ci[2]),
                        paste(unique(warns), collapse = "; "), sep = "\t"))
  }
}

args <- commandArgs(trailingOnly = FALSE)
script <- sub("^--file=", "", args[grep("^--file=", args)])
dir <- if (length(script) == 1) dirname(normalizePath(script)) else "."
path <- file.path(dir, "reference-r.tsv")
writeLines(out, path, useBytes = TRUE)
cat("wrote", path, "\n")
