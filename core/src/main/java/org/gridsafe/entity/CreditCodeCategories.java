package org.gridsafe.entity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Names of the registering authorities (position 1) and categories (position 2) of
 * {@link UnifiedSocialCreditCode}s, from {@code gb32100-2015-categories.tsv} (evidence: secondary,
 * three agreeing copies of the standard's list). Parsing never depends on this table: a code with
 * an authority the table lacks is still a code.
 *
 * <pre>{@code
 * CreditCodeCategories.gb32100().category(code);   // Optional[92 个体工商户]
 * }</pre>
 */
public final class CreditCodeCategories {

    /** The provenance of every row of the built-in table. */
    public static final Provenance SOURCE = new Provenance(
            "GB 32100-2015 category list, three agreeing web copies (osuse.cn, ddrv.cn, blog.csdn.net)",
            Evidence.SECONDARY);

    /**
     * One registering authority.
     *
     * @param code position 1 of the credit code
     * @param zhName the authority in simplified Chinese
     * @param enName an English rendering (ours)
     */
    public record Authority(char code, String zhName, String enName) {}

    /**
     * One category of one authority.
     *
     * @param authority the authority
     * @param code position 2 of the credit code
     * @param zhName the category in simplified Chinese
     * @param enName an English rendering (ours)
     */
    public record Category(Authority authority, char code, String zhName, String enName) {

        /** Positions 1-2, e.g. {@code "92"}. */
        public String prefix() {
            return "" + authority.code() + code;
        }

        @Override
        public String toString() {
            return prefix() + " " + zhName;
        }
    }

    private static final String RESOURCE = "gb32100-2015-categories.tsv";

    private final Map<Character, Authority> authorities;
    private final Map<String, Category> categories;

    private CreditCodeCategories(Map<Character, Authority> authorities, Map<String, Category> categories) {
        this.authorities = Map.copyOf(authorities);
        this.categories = Map.copyOf(categories);
    }

    /** The built-in table. */
    public static CreditCodeCategories gb32100() {
        return Holder.INSTANCE;
    }

    private static final class Holder {
        static final CreditCodeCategories INSTANCE = load(DataFile.resource(RESOURCE));
    }

    private static CreditCodeCategories load(List<DataFile.Row> rows) {
        DataFile.requireKinds(rows, "authority", "category");
        Map<Character, Authority> authorities = new LinkedHashMap<>();
        Map<String, Category> categories = new LinkedHashMap<>();
        for (DataFile.Row row : rows) {
            if (row.get(0).equals("authority")) {
                row.expect("kind", "code", "zh-CN name", "English name");
                char code = row.parse(1, "code", CreditCodeCategories::codeCharacter);
                if (authorities.putIfAbsent(code, new Authority(code, row.get(2), row.get(3))) != null) {
                    throw row.error("code", "authority " + code + " is given twice");
                }
            } else {
                row.expect("kind", "authority code", "category code", "zh-CN name", "English name");
                char authorityCode = row.parse(1, "authority code", CreditCodeCategories::codeCharacter);
                Authority authority = authorities.get(authorityCode);
                if (authority == null) {
                    throw row.error("authority code", "authority " + authorityCode + " is not defined above");
                }
                char code = row.parse(2, "category code", CreditCodeCategories::codeCharacter);
                Category category = new Category(authority, code, row.get(3), row.get(4));
                if (categories.putIfAbsent(category.prefix(), category) != null) {
                    throw row.error("category code", "category " + category.prefix() + " is given twice");
                }
            }
        }
        return new CreditCodeCategories(authorities, categories);
    }

    private static char codeCharacter(String cell) {
        if (cell.length() != 1 || UnifiedSocialCreditCode.CHARACTER_SET.indexOf(cell.charAt(0)) < 0) {
            throw new IllegalArgumentException(
                    "'" + cell + "' is not one character of the credit code's 31-character set");
        }
        return cell.charAt(0);
    }

    /** The registering authority of position 1, if the table names it. */
    public Optional<Authority> authority(UnifiedSocialCreditCode code) {
        return Optional.ofNullable(authorities.get(code.registeringAuthority()));
    }

    /** The category of positions 1-2, if the table names it. */
    public Optional<Category> category(UnifiedSocialCreditCode code) {
        return Optional.ofNullable(categories.get(code.authorityAndCategory()));
    }

    /** Every authority code in the table. */
    public List<Authority> authorities() {
        return authorities.values().stream()
                .sorted((a, b) -> Character.compare(a.code(), b.code()))
                .toList();
    }

    /** Every category in the table, by prefix. */
    public List<Category> categories() {
        return categories.values().stream()
                .sorted((a, b) -> a.prefix().compareTo(b.prefix()))
                .toList();
    }
}
