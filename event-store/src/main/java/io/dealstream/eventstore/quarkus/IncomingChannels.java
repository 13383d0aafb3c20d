package io.dealstream.eventstore.quarkus;

import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableBean;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * The service's own Kafka consumers by the topic they read: the {@code @Incoming} methods that take a
 * {@link ConsumerRecord} and answer a {@link Uni}. A dead-lettered record is replayed through exactly the method
 * that first received it, so it takes the same idempotent path (inbox, transaction, reaction).
 */
@ApplicationScoped
public class IncomingChannels {

    private record Consumer(Class<?> beanClass, Method method) {
    }

    private final Map<String, Consumer> byTopic = new HashMap<>();

    IncomingChannels(Config config) {
        for (InjectableBean<?> bean : Arc.container().beanManager().getBeans(Object.class,
                jakarta.enterprise.inject.Any.Literal.INSTANCE).stream().map(b -> (InjectableBean<?>) b).toList()) {
            for (Method method : bean.getBeanClass().getDeclaredMethods()) {
                Incoming incoming = method.getAnnotation(Incoming.class);
                if (incoming != null && method.getParameterCount() == 1
                        && method.getParameterTypes()[0] == ConsumerRecord.class && Uni.class.isAssignableFrom(method.getReturnType())) {
                    String topic = config.getOptionalValue("mp.messaging.incoming." + incoming.value() + ".topic", String.class)
                            .orElse(incoming.value());
                    byTopic.put(topic, new Consumer(bean.getBeanClass(), method));
                }
            }
        }
    }

    /** Hands the record to the consumer of its topic, if this service has one. */
    @SuppressWarnings("unchecked")
    public Optional<Uni<Void>> deliver(ConsumerRecord<String, String> record) {
        Consumer consumer = byTopic.get(record.topic());
        if (consumer == null) {
            return Optional.empty();
        }
        Object instance = Arc.container().instance(consumer.beanClass()).get();
        try {
            consumer.method().setAccessible(true);
            return Optional.of(((Uni<?>) consumer.method().invoke(instance, record)).replaceWithVoid());
        } catch (InvocationTargetException e) {
            return Optional.of(Uni.createFrom().failure(e.getCause()));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
