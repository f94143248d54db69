package dev.zairyu.bot.channel.terminal;

import dev.zairyu.bot.dispatch.ConversationService;
import dev.zairyu.bot.domain.Channel;
import dev.zairyu.bot.domain.InboundEvent;
import dev.zairyu.bot.domain.OutboundMessage;
import dev.zairyu.bot.domain.UserRef;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * The same conversation in a terminal, no account needed. Choices are numbered: type the number or
 * the words; dates are typed.
 */
public final class TerminalChat {
    private static final UserRef USER = new UserRef(Channel.TERMINAL, "local");

    private final ConversationService conversations;
    private final Clock clock;
    private final PrintStream out;

    public TerminalChat(ConversationService conversations, Clock clock, PrintStream out) {
        this.conversations = conversations;
        this.clock = clock;
        this.out = out;
    }

    public void run(Reader input) throws IOException {
        BufferedReader in = new BufferedReader(input);
        out.println("zairyu-bot: type your answers; a number picks a choice; \"quit\" ends.");
        List<OutboundMessage> last = send(new InboundEvent.Follow());
        String line;
        while (prompt() && (line = in.readLine()) != null) {
            String typed = line.strip();
            if (typed.isEmpty()) {
                continue;
            }
            if (typed.equalsIgnoreCase("quit") || typed.equalsIgnoreCase("exit")) {
                break;
            }
            last = send(toPayload(typed, last));
        }
        out.println();
    }

    private boolean prompt() {
        out.print("> ");
        out.flush();
        return true;
    }

    /** A number picks the numbered choice of the last question; anything else is sent as typed. */
    private static InboundEvent.Payload toPayload(String typed, List<OutboundMessage> last) {
        if (typed.matches("\\d{1,2}") && !last.isEmpty()) {
            List<OutboundMessage.Choice> choices = last.get(last.size() - 1).choices();
            int n = Integer.parseInt(typed);
            if (n >= 1 && n <= choices.size()) {
                return new InboundEvent.Postback(choices.get(n - 1).data(), null);
            }
        }
        return new InboundEvent.Text(typed);
    }

    private List<OutboundMessage> send(InboundEvent.Payload payload) {
        InboundEvent event = new InboundEvent(UUID.randomUUID().toString(), USER, clock.instant(), null, null, payload);
        List<OutboundMessage> messages = conversations.handle(event).messages();
        for (OutboundMessage message : messages) {
            out.println();
            out.println(message.text());
            for (int i = 0; i < message.choices().size(); i++) {
                out.println("  [" + (i + 1) + "] " + message.choices().get(i).label());
            }
            if (message.dateRequest() != null) {
                out.println("  (type a date, e.g. 2027-03-31)");
            }
        }
        return messages;
    }
}
