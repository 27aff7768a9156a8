package dev.poolspec.generator;

import java.util.List;

/** Thrown when a spec cannot be turned into validators; carries every problem found, not only the first. */
public final class InvalidSpecException extends Exception {
    private static final long serialVersionUID = 1L;

    private final String specName;
    private final transient List<SpecProblem> problems;

    public InvalidSpecException(String specName, List<SpecProblem> problems) {
        super(render(specName, problems));
        this.specName = specName;
        this.problems = List.copyOf(problems);
    }

    public String specName() {
        return specName;
    }

    public List<SpecProblem> problems() {
        return problems;
    }

    private static String render(String specName, List<SpecProblem> problems) {
        StringBuilder text = new StringBuilder()
                .append("Invalid spec ")
                .append(specName)
                .append(": ")
                .append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems");
        for (SpecProblem problem : problems) {
            text.append(System.lineSeparator())
                    .append("  ")
                    .append(specName)
                    .append(' ')
                    .append(problem);
        }
        return text.toString();
    }
}
