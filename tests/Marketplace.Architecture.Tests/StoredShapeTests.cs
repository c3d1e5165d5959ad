using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using Marketplace.SharedKernel.Messaging;

namespace Marketplace.Architecture.Tests;

/// <summary>
/// Integration events wait in outboxes as JSON and are read back by the next build: a renamed
/// field (VendorId became CooperativeId in the code) would strand every queued message. The JSON
/// shape of every event is kept in <c>integration-events.txt</c>; a change to it fails here, so it
/// is made on purpose, as a new versioned event, not by a rename.
/// </summary>
public sealed class StoredShapeTests
{
    [Fact]
    public void EveryIntegrationEvent_KeepsTheJsonShapeItIsStoredIn()
    {
        var events = ModuleBoundaryTests.Modules.SelectMany(m => new[] { m.Implementation, m.Contracts })
            .SelectMany(a => a.GetTypes())
            .Where(t => t is { IsAbstract: false, IsInterface: false } && typeof(IIntegrationEvent).IsAssignableFrom(t))
            .OrderBy(t => t.FullName, StringComparer.Ordinal);
        var shape = new StringBuilder();
        foreach (var type in events)
        {
            shape.Append(type.FullName).Append(':').AppendLine();
            Describe(type, "  ", shape, []);
        }

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "integration-events.txt")).ReplaceLineEndings();
        var actual = shape.ToString().ReplaceLineEndings();
        if (expected != actual)
        {
            var written = Path.Combine(AppContext.BaseDirectory, "integration-events.actual.txt");
            File.WriteAllText(written, actual);
            Assert.Fail($"An integration event's stored shape changed; compare integration-events.txt with {written}.");
        }
    }

    // The outbox writes events with the serializer's defaults (OutboxMessage.From).
    private static void Describe(Type type, string indent, StringBuilder shape, HashSet<Type> seen)
    {
        var info = JsonSerializerOptions.Default.GetTypeInfo(type);
        if (info.Kind != JsonTypeInfoKind.Object || !seen.Add(type))
        {
            return;
        }

        foreach (var property in info.Properties.OrderBy(p => p.Name, StringComparer.Ordinal))
        {
            var propertyType = property.PropertyType;
            shape.Append(indent).Append(property.Name).Append(' ').Append(JsonKind(propertyType)).AppendLine();
            var element = ElementOf(propertyType);
            if (element.Namespace?.StartsWith("Marketplace.", StringComparison.Ordinal) == true)
            {
                Describe(element, indent + "  ", shape, seen);
            }
        }
    }

    // A typed id (ADR 0006) is written as the Guid it wraps; an enum as its number.
    private static string Scalar(Type type) =>
        type.IsEnum ? "number"
        : type.GetProperty("Value") is { } value && type.GetMethod("From", [value.PropertyType]) is not null ? value.PropertyType.Name
        : type.Name;

    private static Type ElementOf(Type type) =>
        JsonSerializerOptions.Default.GetTypeInfo(type) is { Kind: JsonTypeInfoKind.Enumerable, ElementType: { } element } ? element : type;

    private static string JsonKind(Type type)
    {
        var info = JsonSerializerOptions.Default.GetTypeInfo(type);
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        return info.Kind switch
        {
            JsonTypeInfoKind.Enumerable => $"[{JsonKind(info.ElementType!)}]",
            JsonTypeInfoKind.Dictionary => $"{{{JsonKind(info.ElementType!)}}}",
            JsonTypeInfoKind.Object => "object",
            _ => Scalar(underlying) + (underlying != type ? "?" : string.Empty),
        };
    }
}
