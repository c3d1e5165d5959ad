using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace Marketplace.Ordering;

/// <summary>
/// The key of this module's own texts: Resources/OrderingText.resx (Vietnamese) and
/// OrderingText.en.resx; what it does not hold is read from the shared table (ModuleText).
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; never instantiated.
internal sealed class OrderingText;
#pragma warning restore CA1052
