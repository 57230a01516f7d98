package no.bergen.fellesomradet.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetSocketAddress;

import org.junit.jupiter.api.Test;

/** The preview shows unpublished content: only this machine may connect to it. */
class ServeCommandTest {

    @Test
    void previewListensOnLoopbackOnly() {
        InetSocketAddress address = ServeCommand.bindAddress(8080);
        assertEquals("127.0.0.1", address.getHostString());
        assertTrue(address.getAddress().isLoopbackAddress(), address.toString());
        assertEquals(8080, address.getPort());
    }

    @Test
    void portOutsideTheRangeIsOneSentence() {
        java.io.StringWriter out = new java.io.StringWriter();
        java.io.StringWriter err = new java.io.StringWriter();
        int code = Main.run(new java.io.PrintWriter(out, true), new java.io.PrintWriter(err, true), "serve", "--port", "0");
        assertEquals(2, code, err.toString());
        assertEquals("feil: Porten må være et tall mellom 1 og 65535.", err.toString().strip());
    }
}
