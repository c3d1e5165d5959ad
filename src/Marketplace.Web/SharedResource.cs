using System.Resources;

[assembly: NeutralResourcesLanguage("vi")]

namespace Marketplace.Web;

/// <summary>
/// The key of the marketplace's one string table: Resources/SharedResource.resx is Vietnamese
/// (the default language), SharedResource.en.resx English. A test keeps their keys equal.
/// </summary>
#pragma warning disable CA1052 // A marker type for IStringLocalizer<T>; never instantiated.
public sealed class SharedResource;
#pragma warning restore CA1052
