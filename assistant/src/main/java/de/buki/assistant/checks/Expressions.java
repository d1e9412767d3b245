package de.buki.assistant.checks;

import dev.cel.common.CelAbstractSyntaxTree;
import dev.cel.common.CelFunctionDecl;
import dev.cel.common.CelOverloadDecl;
import dev.cel.common.CelValidationException;
import dev.cel.common.types.SimpleType;
import dev.cel.compiler.CelCompiler;
import dev.cel.compiler.CelCompilerFactory;
import dev.cel.parser.CelStandardMacro;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelFunctionBinding;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelRuntimeFactory;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Rule conditions in CEL (Common Expression Language): side-effect free, no loops beyond the list macros, no access to
 * anything but the variables we pass, so rule files cannot do harm. Variables: {@code data} (the form data, every
 * object of the form present, null values absent), {@code documents} (list of {docType, fields}), {@code applicationDate}
 * (yyyy-mm-dd), {@code item} (the current element of a forEach rule) and {@code index}.
 * Extra functions: {@code isDate(s)}, {@code age(birthDate, atDate)} (-1 when either is no date),
 * {@code ibanValid(s)}, {@code nameMatches(nameOnDocument, firstName, lastName)} (tolerant, see {@link Names}).
 */
final class Expressions {
    private final CelCompiler compiler;
    private final CelRuntime runtime;
    private final Map<String, CelRuntime.Program> programs = new ConcurrentHashMap<>();

    Expressions() {
        compiler = CelCompilerFactory.standardCelCompilerBuilder()
                .setStandardMacros(CelStandardMacro.STANDARD_MACROS)
                .addVar("data", SimpleType.DYN)
                .addVar("documents", SimpleType.DYN)
                .addVar("applicationDate", SimpleType.STRING)
                .addVar("item", SimpleType.DYN)
                .addVar("index", SimpleType.INT)
                .addVar("computation", SimpleType.DYN)
                .addFunctionDeclarations(
                        CelFunctionDecl.newFunctionDeclaration("isDate",
                                CelOverloadDecl.newGlobalOverload("isDate_dyn", SimpleType.BOOL, SimpleType.DYN)),
                        CelFunctionDecl.newFunctionDeclaration("age",
                                CelOverloadDecl.newGlobalOverload("age_dyn_dyn", SimpleType.INT, SimpleType.DYN, SimpleType.DYN)),
                        CelFunctionDecl.newFunctionDeclaration("ibanValid",
                                CelOverloadDecl.newGlobalOverload("ibanValid_dyn", SimpleType.BOOL, SimpleType.DYN)),
                        CelFunctionDecl.newFunctionDeclaration("nameMatches",
                                CelOverloadDecl.newGlobalOverload("nameMatches_dyn_dyn_dyn", SimpleType.BOOL,
                                        SimpleType.DYN, SimpleType.DYN, SimpleType.DYN)))
                .setResultType(SimpleType.BOOL)
                .build();
        runtime = CelRuntimeFactory.standardCelRuntimeBuilder()
                .addFunctionBindings(
                        CelFunctionBinding.from("isDate_dyn", Object.class, v -> v instanceof String s && Dates.date(s).isPresent()),
                        CelFunctionBinding.from("age_dyn_dyn", Object.class, Object.class, Expressions::age),
                        CelFunctionBinding.from("ibanValid_dyn", Object.class, v -> v instanceof String s && Ibans.valid(s)),
                        CelFunctionBinding.from("nameMatches_dyn_dyn_dyn", List.of(Object.class, Object.class, Object.class),
                                args -> args[0] instanceof String name && Names.compare(name, text(args[1]), text(args[2])) == Names.Match.FULL))
                .build();
    }

    private static String text(Object v) {
        return v instanceof String s ? s : null;
    }

    private static Long age(Object birth, Object at) {
        if (birth instanceof String b && at instanceof String a) {
            var birthDate = Dates.date(b);
            var atDate = Dates.date(a);
            if (birthDate.isPresent() && atDate.isPresent()) {
                return (long) Dates.age(birthDate.get(), atDate.get());
            }
        }
        return -1L;
    }

    /** Compiles once (rule files are checked at load time, so a typo fails fast, not during a check). */
    void compile(String expression) {
        programs.computeIfAbsent(expression, e -> {
            try {
                CelAbstractSyntaxTree ast = compiler.compile(e).getAst();
                return runtime.createProgram(ast);
            } catch (CelValidationException | CelEvaluationException ex) {
                throw new IllegalArgumentException("rule expression does not compile: " + e + " (" + ex.getMessage() + ")", ex);
            }
        });
    }

    /**
     * Evaluates a condition. An evaluation error (a value of an unexpected kind, a missing key) means the condition
     * cannot be decided from the data, which we read as "does not apply": no finding for a rule that does not apply.
     */
    boolean test(String expression, Map<String, Object> variables) {
        compile(expression);
        try {
            return Boolean.TRUE.equals(programs.get(expression).eval(variables));
        } catch (CelEvaluationException e) {
            return false;
        }
    }
}
