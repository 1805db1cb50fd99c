package io.github.camellambdacloud.simulator;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPublicKey;
import java.util.Arrays;
import java.util.Base64;

/**
 * Generates real 2048-bit RSA key pairs with the JDK, returned as an OpenSSH public key line and a PKCS#1 PEM
 * private key ({@code BEGIN RSA PRIVATE KEY}), the formats Lambda Cloud returns for a generated key.
 */
final class SshKeyGenerator {

    record GeneratedKey(String publicKey, String privateKeyPem) {}

    private SshKeyGenerator() {}

    static GeneratedKey generate(String comment) {
        KeyPair pair;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            pair = generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("RSA key generation is not available in this JDK", e);
        }
        String publicKey = "ssh-rsa " + Base64.getEncoder().encodeToString(openSshBlob((RSAPublicKey) pair.getPublic()))
                + " " + comment;
        byte[] pkcs1 = pkcs1FromPkcs8(pair.getPrivate().getEncoded());
        return new GeneratedKey(publicKey, pem("RSA PRIVATE KEY", pkcs1));
    }

    private static byte[] openSshBlob(RSAPublicKey key) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writeString(out, "ssh-rsa".getBytes(StandardCharsets.US_ASCII));
        writeString(out, key.getPublicExponent().toByteArray());
        writeString(out, key.getModulus().toByteArray());
        return out.toByteArray();
    }

    private static void writeString(ByteArrayOutputStream out, byte[] value) {
        out.write(value.length >>> 24);
        out.write(value.length >>> 16);
        out.write(value.length >>> 8);
        out.write(value.length);
        out.writeBytes(value);
    }

    /**
     * Extracts the RSAPrivateKey structure from a PKCS#8 PrivateKeyInfo: SEQUENCE { INTEGER version,
     * SEQUENCE algorithm, OCTET STRING privateKey }. The octet string's content is the PKCS#1 key.
     */
    private static byte[] pkcs1FromPkcs8(byte[] der) {
        int[] position = {0};
        readHeader(der, position, 0x30);
        int versionLength = readHeader(der, position, 0x02);
        position[0] += versionLength;
        int algorithmLength = readHeader(der, position, 0x30);
        position[0] += algorithmLength;
        int keyLength = readHeader(der, position, 0x04);
        return Arrays.copyOfRange(der, position[0], position[0] + keyLength);
    }

    private static int readHeader(byte[] der, int[] position, int expectedTag) {
        int tag = der[position[0]++] & 0xff;
        if (tag != expectedTag) {
            throw new IllegalStateException("Unexpected DER tag " + tag + " in PKCS#8 key, expected " + expectedTag);
        }
        int first = der[position[0]++] & 0xff;
        if (first < 0x80) {
            return first;
        }
        int length = 0;
        for (int i = 0; i < (first & 0x7f); i++) {
            length = (length << 8) | (der[position[0]++] & 0xff);
        }
        return length;
    }

    private static String pem(String type, byte[] der) {
        String base64 = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + base64 + "\n-----END " + type + "-----\n";
    }
}
