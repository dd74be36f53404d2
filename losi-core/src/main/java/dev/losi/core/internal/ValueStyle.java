package dev.losi.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The one Immutables style of every LOSI value type, put on the package-info of each package that has
 * {@code @Value.Immutable} types. Not API: exported only to the other losi modules.
 *
 * <p>What it means for the API: the generated {@code Immutable*} classes are package-private
 * ({@code visibility = PACKAGE}); each value type that has a builder declares it as
 * {@code public static final class Builder extends ImmutableX.Builder}, so callers see only
 * {@code X.builder().a(..).build()} returning {@code X} ({@code overshadowImplementation}). Accessors may be
 * named {@code isX}/{@code getX} or plainly; builder setters take the plain attribute name ({@code init = "*"});
 * collection attributes get singular add methods ({@code addIndicator}, {@code addCriterion}). No value
 * prehashes its hash code.
 *
 * @since 0.1.0
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    jakarta = true,
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    defaults = @Value.Immutable(copy = true, prehash = false),
    get = {"is*", "get*"},
    init = "*",
    depluralize = true,
    depluralizeDictionary = {"criterion:criteria", "index:indices"})
public @interface ValueStyle {}
