package io.parley.file.files;

/**
 * A file name fit for display: no directories, no control or bidirectional-override characters, trimmed,
 * at most {@link #MAX_LENGTH} characters (code points); {@code file} when nothing is left.
 */
final class FileNames {
    static final int MAX_LENGTH = 200;

    private FileNames() {}

    static String sanitise(String original) {
        if (original == null) {
            return "file";
        }
        String base = original.substring(Math.max(original.lastIndexOf('/'), original.lastIndexOf('\\')) + 1);
        StringBuilder clean = new StringBuilder();
        base.codePoints()
                .filter(c -> !Character.isISOControl(c) && !isBidiControl(c))
                .limit(4 * MAX_LENGTH)
                .forEach(clean::appendCodePoint);
        String trimmed = clean.toString().strip().replaceAll("\\s+", " ");
        if (trimmed.codePointCount(0, trimmed.length()) > MAX_LENGTH) {
            trimmed = trimmed.substring(0, trimmed.offsetByCodePoints(0, MAX_LENGTH)).strip();
        }
        return trimmed.isEmpty() || trimmed.equals(".") || trimmed.equals("..") ? "file" : trimmed;
    }

    private static boolean isBidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
    }
}
