package de.buki.office.keys;

import com.fasterxml.jackson.databind.JsonNode;
import com.nimbusds.jose.jwk.JWKSet;
import com.nimbusds.jose.jwk.RSAKey;
import de.buki.office.OfficeFixture;
import de.buki.office.intake.OpenedPackage;
import de.buki.office.intake.PackageOpener;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** `./buki keys`: generate, refuse to overwrite, rotate keeping the retired key usable, show the public key only. */
class KeyToolTest {
    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    Run keys(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = KeyTool.run(List.of(args), Map.of("BUKI_DATA_DIR", dir.toString()),
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Run(code, out.toString(StandardCharsets.UTF_8).trim(), err.toString(StandardCharsets.UTF_8).trim());
    }

    @Test
    void generatesAPrivateSetReadableOnlyByTheOwnerAndAPublicKeyWithoutSecrets() throws Exception {
        Run r = keys("generate");
        assertEquals(0, r.code(), r.err());
        Path keysDir = dir.resolve("keys");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keysDir.resolve(OfficeKeys.PRIVATE_FILE))));
        RSAKey published = RSAKey.parse(Files.readString(keysDir.resolve(OfficeKeys.PUBLIC_FILE)));
        assertFalse(published.isPrivate());
        assertEquals(4096, published.size());
        assertEquals(published.toJSONString(), RSAKey.parse(r.out()).toJSONString(), "stdout is the public key");
        assertEquals(r.out(), keys("show-public").out());
        Run again = keys("generate");
        assertEquals(1, again.code());
        assertTrue(again.err().contains("keys rotate"), again.err());
    }

    @Test
    void rotationKeepsOldPackagesReadableAndEncryptsNewOnesToTheNewKey() throws Exception {
        Path keysDir = Files.createDirectories(dir.resolve("keys"));
        Files.writeString(keysDir.resolve(OfficeKeys.PRIVATE_FILE), new JWKSet(OfficeFixture.KEY).toString(false));
        OfficeKeys keys = OfficeKeys.load(keysDir);
        RSAKey before = keys.currentPublic();
        byte[] oldPackage = OfficeFixture.envelope("BUKI-AAAA-BBBB-CCCC-DDDD",
                OfficeFixture.application("but-lunch", OfficeFixture.butLunchData()), OfficeFixture.noFindings("but-lunch"), before);
        Run r = keys("rotate");
        assertEquals(0, r.code(), r.err());
        RSAKey after = RSAKey.parse(r.out());
        assertNotEquals(before.getKeyID(), after.getKeyID());
        assertEquals(List.of(after.getKeyID(), before.getKeyID()), keys.keyIds(), "the loaded set follows the file");
        PackageOpener opener = new PackageOpener(keys);
        JsonNode old = OfficeFixture.JSON.readTree(oldPackage);
        OpenedPackage opened = opener.open("BUKI-AAAA-BBBB-CCCC-DDDD", old);
        assertEquals("but-lunch", opened.form());
        assertTrue(Files.readString(keysDir.resolve(OfficeKeys.PUBLIC_FILE)).contains(after.getKeyID()));
    }

    @Test
    void explainsUsageAndMissingKeys() {
        assertEquals(2, keys().code());
        assertEquals(2, keys("destroy").code());
        Run missing = keys("show-public");
        assertEquals(1, missing.code());
        assertTrue(missing.err().contains("./buki keys generate"), missing.err());
    }
}
